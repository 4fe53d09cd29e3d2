// For comparison only: cdktf synthesizing one empty stack, in a process of its own, loaded as aic loads it.
const { App, TerraformStack } = require("cdktf");

const app = new App({ outdir: process.argv[2], stackTraces: false });
new TerraformStack(app, "bare");
app.synth();
