// Parse GIFT text from standard input with gift-pegjs (an independent GIFT parser from the npm
// registry) and print the parsed questions as JSON; a syntax error is one line on stderr and exit 1.
// Used by tests/test_formats*.py: `node tests/gift_parse.js < quiz.gift.txt`.
"use strict";

const { parse } = require("gift-pegjs");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(input)));
  } catch (error) {
    const where = error.location ? ` at line ${error.location.start.line}, column ${error.location.start.column}` : "";
    process.stderr.write(`${error.name}: ${error.message}${where}\n`);
    process.exit(1);
  }
});
