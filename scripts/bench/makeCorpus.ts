/** `npx tsx scripts/bench/makeCorpus.ts <dir> <articles>`: writes a bench corpus to a folder, to run or profile by hand. */
import { writeCorpus } from './corpus.ts';

const [dir, size] = process.argv.slice(2);
if (!dir || !Number(size)) {
  console.error('usage: npx tsx scripts/bench/makeCorpus.ts <dir> <articles>');
  process.exit(2);
}
const bytes = await writeCorpus(new URL('../..', import.meta.url).pathname, dir, Number(size));
console.log(`${size} articles, ${(bytes / 1e6).toFixed(1)} MB of text in ${dir}`);
