// The files of a project directory.
export const PROJECT_FILES = { spec: 'index.yaml', data: 'data.csv', readme: 'README.md' } as const;
