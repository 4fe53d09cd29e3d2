import { runCli } from "./program";
import { processOutput } from "./output";

runCli(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
