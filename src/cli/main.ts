import { runCli } from "./program";
import { endOutputQuietlyOnClosedPipes, processOutput } from "./output";

endOutputQuietlyOnClosedPipes();

runCli(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
