/** Placeholder: `listCommand` is being written. Exit 2 until then. */
export async function listCommand(_argv: string[]): Promise<number> {
  process.stderr.write('lure-lens: not implemented yet\n');
  return 2;
}
