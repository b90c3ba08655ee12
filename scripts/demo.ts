/**
 * `npm run demo`: check the bundled sample appendix (Bình Lư) and print the
 * report with the per-area table. The sample has real errors, so the check's
 * own exit code is 1; the demo succeeds when the check ran.
 */
import { main } from '../src/cli/main';

main(['check', 'tests/fixtures/binh-lu.tsv', ...process.argv.slice(2)]).then((code) => {
  process.stdout.write(`\n(cchc check → mã thoát ${code}: ${code === 0 ? 'không có lỗi' : code === 1 ? 'có lỗi cần sửa, như mẫu này' : 'không đọc được tệp'})\n`);
  process.exitCode = code <= 1 ? 0 : code;
});
