// Declares `digitalindex serve`; the work is in ../commands/serve.ts, loaded only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';

export function defineServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the dashboard and the JSON API (OpenAPI at /api/openapi.json); an empty database first gets the ' +
        'bundled editions, computed. Write endpoints (/api/admin/…) are off unless the environment variable ' +
        'DIGITALINDEX_ADMIN_TOKEN holds a token (at least 16 characters)',
    )
    .option('--port <n>', 'TCP port (0: any free port)', parsePort, 8080)
    .option(
      '--host <host>',
      'address to bind; other than 127.0.0.1 exposes the server to the network',
      '127.0.0.1',
    )
    .option('--web <dir>', 'directory of the built dashboard (default: dist/web of the package)')
    .option('--json', 'print the address as JSON ({ "url": … }) once listening')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (options, command: Command) => {
      const { serveCommand } = await import('../commands/serve.js');
      await serveCommand({ ...command.optsWithGlobals(), ...options });
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InvalidArgumentError('must be an integer from 0 to 65535');
  return port;
}
