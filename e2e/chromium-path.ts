// Where the browser for the end-to-end tests lives: Debian's Chromium unless CHROMIUM_PATH says otherwise.
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
