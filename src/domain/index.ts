// Pure rules shared by the mini-program and the server (no Taro, no Node imports).
export * from './credit-code';
export * from './barcode';
export * from './sc-licence';
export * from './masking';
export * from './working-days';
export * from './holidays-cn';
export * from './free-text-masking';
export * from './pledge-text';
