// The baseline for synth timings: cdktf synthesizing one empty stack, in a process of its own, loaded as aic is.
const { App, TerraformStack } = require("cdktf");

const app = new App({ outdir: process.argv[2], stackTraces: false });
new TerraformStack(app, "empty");
app.synth();
