/** MapLibre 6 needs WebGL2; checked before creating the map so the rest of the page still works without it. */
export function supportsWebGl(): boolean {
  try {
    const context = document.createElement('canvas').getContext('webgl2');
    // Release the probe's context at once: browsers cap the number of live WebGL contexts.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
    return context !== null;
  } catch {
    return false;
  }
}
