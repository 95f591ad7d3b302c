// The OpenAPI 3.1 description of the API, served at /api/openapi.json (the types in ./types.ts are the detail).
import { ANALYSIS_KINDS, DOWNLOAD_FORMATS, DOWNLOAD_TABLES } from './types.js';

type Schema = Record<string, unknown>;

const year = {
  name: 'year',
  in: 'path',
  required: true,
  description: 'Edition (survey year), e.g. 2025',
  schema: { type: 'integer', minimum: 0, maximum: 9999 },
};
const unitSet = {
  name: 'unitSet',
  in: 'query',
  required: false,
  description: 'Unit set (default municipalities)',
  schema: { type: 'string', examples: ['municipalities', 'regions'] },
};

const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '404': { $ref: '#/components/responses/NotFound' },
};

function read(summary: string, schema: string, parameters: Schema[] = [], extra: Schema = {}): Schema {
  return {
    get: {
      summary,
      parameters,
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: ref(schema) } } },
        ...errors,
        ...extra,
      },
    },
  };
}

function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

/** Named response shapes; `x-typescript` names the type in src/publish/api/types.ts that defines every field. */
function described(name: string, description: string, required: string[] = []): Schema {
  return { type: 'object', description, required, additionalProperties: true, 'x-typescript': name };
}

export function openApiDocument(): Schema {
  const scoped = ['edition', 'synthetic', 'notice'];
  return {
    openapi: '3.1.0',
    info: {
      title: 'digitalindex API',
      version: '0.1.0',
      description:
        'Editions, units, indicators, results, profiles, rank statistics, methodology, sources, downloads and ' +
        'analyses of a regional digitalisation index (default: Digital-Index Ruhr). JSON; numbers are numbers, ' +
        'missing values null; payloads of synthetic editions carry `synthetic: true` and a `notice`. Confidential ' +
        'values are never published. Errors: `{ error: { status, message } }`.',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': read('Liveness and number of editions', 'Health'),
      '/api/editions': read('Every edition with its computed unit sets', 'Editions'),
      '/api/units': read('Units (master data) of a unit set', 'Units', [unitSet]),
      '/api/sources': read('Every registered source', 'Sources'),
      '/api/geometries': read('Imported boundaries as GeoJSON (404 when none are imported)', 'Geometries', [
        unitSet,
      ]),
      '/api/editions/{year}/structure': read('The index tree (indicators are the leaves)', 'Structure', [
        year,
      ]),
      '/api/editions/{year}/results': read('Scores, ranks, values and flags of every unit', 'Results', [
        year,
        unitSet,
      ]),
      '/api/editions/{year}/rank-stats': read(
        'Rank intervals from a seeded uncertainty analysis (weights ± 25 %, one indicator left out, 200 runs, seed 1)',
        'RankStats',
        [year, unitSet],
      ),
      '/api/editions/{year}/units/{code}': read('A unit profile', 'UnitProfile', [
        year,
        {
          name: 'code',
          in: 'path',
          required: true,
          description: 'AGS or region code',
          schema: { type: 'string' },
        },
        unitSet,
      ]),
      '/api/editions/{year}/indicators/{code}': read('One indicator over all units', 'Indicator', [
        year,
        {
          name: 'code',
          in: 'path',
          required: true,
          description: 'Indicator code',
          schema: { type: 'string' },
        },
        unitSet,
      ]),
      '/api/editions/{year}/methodology': read('The method as the spec declares it', 'Methodology', [year]),
      '/api/editions/{year}/map.geojson': read(
        'Results on the imported boundaries, else on centre points',
        'Map',
        [year, unitSet],
      ),
      '/api/editions/{year}/download/{file}': {
        get: {
          summary: 'A table as CSV, XLSX or JSON (text cells beginning with = + - @ are neutralised)',
          parameters: [
            year,
            {
              name: 'file',
              in: 'path',
              required: true,
              description: 'TABLE.FORMAT',
              schema: {
                type: 'string',
                enum: DOWNLOAD_TABLES.flatMap((t) => DOWNLOAD_FORMATS.map((f) => `${t}.${f}`)),
              },
            },
          ],
          responses: {
            '200': {
              description: 'The file',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                  schema: { type: 'string', format: 'binary' },
                },
                'application/json': { schema: ref('Download') },
              },
            },
            ...errors,
          },
        },
      },
      '/api/editions/{year}/analysis/{kind}': read('An analysis of the edition', 'Analysis', [
        year,
        { name: 'kind', in: 'path', required: true, schema: { type: 'string', enum: [...ANALYSIS_KINDS] } },
        unitSet,
      ]),
      '/api/admin/recompute': {
        post: {
          summary: 'Recompute every edition (or one) for every unit set',
          security: [{ bearer: [] }],
          requestBody: {
            required: false,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { edition: { type: 'integer' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'Recomputed',
              content: { 'application/json': { schema: ref('Recompute') } },
            },
            ...adminErrors(),
          },
        },
      },
      '/api/admin/import': {
        post: {
          summary: 'Import a table file into an edition (one transaction), then recompute it',
          security: [{ bearer: [] }],
          parameters: [
            { name: 'edition', in: 'query', required: true, schema: { type: 'integer' } },
            { name: 'fileName', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'replace', in: 'query', required: false, schema: { type: 'boolean' } },
          ],
          requestBody: {
            required: true,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          responses: {
            '200': { description: 'Imported', content: { 'application/json': { schema: ref('Import') } } },
            '409': { $ref: '#/components/responses/Error' },
            '413': { $ref: '#/components/responses/Error' },
            '422': { $ref: '#/components/responses/Error' },
            ...adminErrors(),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The token the operator set in DIGITALINDEX_ADMIN_TOKEN; without it the endpoints answer 404',
        },
      },
      responses: {
        BadRequest: errorResponse('A parameter is invalid'),
        NotFound: errorResponse('Unknown edition, unit, indicator or path'),
        Error: errorResponse('The request failed'),
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'message'],
              properties: { status: { type: 'integer' }, message: { type: 'string' } },
            },
          },
        },
        Health: described('HealthResponse', 'Liveness', ['status', 'editions']),
        Editions: described('EditionsResponse', 'Editions, oldest first', ['editions', 'latest']),
        Units: described('UnitsResponse', 'Units of a unit set', ['unitSet', 'units']),
        Sources: described('SourcesResponse', 'Sources', ['sources']),
        Geometries: described('GeometriesResponse', 'GeoJSON FeatureCollection', ['type', 'features']),
        Structure: described('StructureResponse', 'The index tree', [...scoped, 'root', 'nodes']),
        Results: described('ResultsResponse', 'Results per unit', [...scoped, 'unitSet', 'columns', 'rows']),
        RankStats: described('RankStatsResponse', 'Rank intervals', [...scoped, 'settings', 'units']),
        UnitProfile: described('UnitProfileResponse', 'A unit profile', [
          ...scoped,
          'unit',
          'scores',
          'ranks',
        ]),
        Indicator: described('IndicatorResponse', 'One indicator', [...scoped, 'indicator', 'units']),
        Methodology: described('MethodologyResponse', 'Methodology', [...scoped, 'indicators', 'aggregates']),
        Map: described('MapResponse', 'GeoJSON FeatureCollection with scores', [...scoped, 'features']),
        Download: described('DownloadJson', 'A table as JSON', [...scoped, 'columns', 'rows']),
        Analysis: described('AnalysisResponse', 'An analysis', [...scoped, 'kind', 'result']),
        Recompute: described('RecomputeResponse', 'What was recomputed', ['recomputed']),
        Import: described('ImportResponse', 'What was imported', ['edition', 'counts']),
      },
    },
  };
}

function errorResponse(description: string): Schema {
  return { description, content: { 'application/json': { schema: ref('Error') } } };
}

function adminErrors(): Schema {
  return {
    '400': { $ref: '#/components/responses/BadRequest' },
    '401': errorResponse('No bearer token'),
    '403': errorResponse('Wrong token'),
    '404': errorResponse('No admin token configured: the write endpoints are off'),
  };
}
