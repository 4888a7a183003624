import { configure } from '@testing-library/react';

// CI runs the whole suite on two cores beside the server and e2e layers: a page that settles in
// 50 ms alone can take over a second there, so findBy/waitFor wait up to 5 s (they still return
// as soon as the assertion holds).
configure({ asyncUtilTimeout: 5000 });
