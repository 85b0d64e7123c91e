// A virtual X display (Debian's Xvfb) for the engines that will not draw
// WebGL2 headless (Firefox ESR, WebKitGTK). Xvfb picks a free display
// number itself (-displayfd), so tests never collide with a desktop or each
// other.
import { spawn } from 'node:child_process';

export const SCREEN = { width: 1400, height: 900 };

export async function startDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'],
                     { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  const number = await new Promise((resolve, reject) => {
    let said = '';
    xvfb.stdio[3].on('data', (d) => {
      said += d;
      if (said.includes('\n')) resolve(said.trim());
    });
    xvfb.on('error', (e) => reject(new Error(`Xvfb could not start (toolchains/bootstrap.sh installs it): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
  return {
    name: `:${number}`,
    stop: () => new Promise((done) => {
      if (xvfb.exitCode !== null) return done();
      xvfb.once('exit', done);
      xvfb.kill();
    }),
  };
}
