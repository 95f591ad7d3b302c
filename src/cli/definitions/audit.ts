// Declares `digitalindex audit`; the work is in ../commands/audit.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { parseYear } from './arguments.js';

export function defineAudit(program: Command): void {
  program
    .command('audit')
    .description(
      'statistical audit of an edition from the database: indicator statistics, correlations, collinearity and ' +
        "negative-correlation flags, Cronbach's alpha and PCA per aggregate",
    )
    .option('--edition <year>', 'the edition to audit (default: the latest)', parseYear)
    .option('--unit-set <code>', 'the unit set to audit', 'municipalities')
    .option('--out <dir>', 'directory for audit.json and the CSV tables (default: out/audit/<edition>)')
    .option('--json', 'print the audit as one JSON document instead of tables')
    .action(async (options, command: Command) => {
      const { auditCommand } = await import('../commands/audit.js');
      await auditCommand({ ...command.optsWithGlobals(), ...options });
    });
}
