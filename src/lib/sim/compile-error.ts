import type { Problem } from '$lib/model/problem';

/** The design cannot be simulated; `problems` says why (errors only). */
export class CompileError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      problems.length === 1
        ? `The design cannot be simulated: ${problems[0].message}`
        : `The design cannot be simulated (${problems.length} problems):\n${problems.map((p) => `- ${p.message}`).join('\n')}`,
    );
    this.name = 'CompileError';
    this.problems = problems;
  }
}
