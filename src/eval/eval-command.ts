/** Placeholder: `evalCommand` is being written. Exit 2 until then. */
export async function evalCommand(_argv: string[]): Promise<number> {
  process.stderr.write('lure-lens: not implemented yet\n');
  return 2;
}
