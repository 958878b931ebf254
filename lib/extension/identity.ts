/**
 * The extension's fixed ids. Chrome and Edge derive an unpacked build's id from the manifest `key`
 * (the public half of a key pair whose private half nobody needs for unpacked loading); Firefox reads
 * its id from `browser_specific_settings.gecko.id`. Policy files name these ids (docs/deploy.md).
 */

/** Public key (DER, base64) in development and test builds; store builds leave it out. */
export const DEVELOPMENT_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5JpvSWTMnVqDabQBFcAf3jiiFmrgjA5Q8d0ShtbpJPc54t/+30VrEQUHxnsdURwqyQFn3joUCQnwQFNxrtAl+nznhT6LmW87je1omAKkUTEcG+FHro0zss1k4BlNtTHu/hEIYkIFZE9gONVGrhTrsVpCCBHONpv6r8+yaE88rSavJ10rnaJdPRAkZjKFPvGWdNKXNF9FW5oBkMWF9nChlhK0RRvawTCIcJjrVaUyq6EeExI3vWFdqgER8kVmHunnaOevVWu9ZWHwC7ixV/GzzW/+Fxlb2hYqUW3P4ZfcFwIOQ3Lxw22tND86ZzpElBs6U6YMF9qbgkLl38ORPNf5jQIDAQAB';

/** The Chrome/Edge id that DEVELOPMENT_KEY gives (checked by tests/unit/identity.test.ts). */
export const DEVELOPMENT_ID = 'abfkjfejljoiejfkmaijpnlaocoddklc';

/** Firefox's add-on id, the same in development and on addons.mozilla.org. */
export const GECKO_ID = 'reframe@reframe.extension';
