// Stands in for @noble/ciphers/aes in the bundle, loading the real module on first use. pdfkit needs
// AES only to encrypt a PDF, which workplan never asks of it; the module builds its lookup tables
// when it loads, which cost every rendering command about 10 ms of start-up.
// The relative path is the real module: the bundler's alias only replaces the package path.
let aes;
const real = () => (aes ??= require('../../node_modules/@noble/ciphers/aes.js'));
module.exports = {
  cbc: (...args) => real().cbc(...args),
  ecb: (...args) => real().ecb(...args),
};
