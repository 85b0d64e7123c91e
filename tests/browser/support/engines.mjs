// The three browser engines a newsroom may hand a journalist, behind one
// small interface, so one scenario runs in each:
//   chromium  Debian's Chromium, headless, driven by playwright-core
//   firefox   Debian's Firefox ESR under Xvfb, puppeteer-core over WebDriver BiDi
//             (headless Firefox has no WebGL2 on this machine)
//   webkit    WebKitGTK's MiniBrowser (Safari's engine) under Xvfb, through
//             Debian's WebKitWebDriver and selenium-webdriver
// None downloads a browser of its own.
//
// An engine is one window with one tab that keeps its storage (its profile)
// until close(): going to the page again is a user's second visit.
// `webgl: false` starts it as a browser without WebGL (a remote desktop, a
// locked-down machine, headless Firefox); `scale: 2` as on a HiDPI screen
// (devicePixelRatio 2).
//   engine.goto(url)                 navigates and waits for the load
//   engine.evaluate(fn, arg)         fn(arg) in the page; a promise is awaited; JSON comes back
//   engine.waitFor(fn, arg, ms)      until fn(arg) is truthy in the page
//   engine.click(x, y, button)       a real mouse click at CSS pixels of the page ('left' or 'right')
//   engine.press(key)                a key pressed and released ('Enter', 'ArrowDown', 'Escape', a letter),
//                                    with modifiers held as 'Control+c'
//   engine.screenshot()              the visible page as a PNG buffer
//   engine.close()
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, Button, Key, Origin } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { startDisplay } from './display.mjs';
import { launch } from './browser.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function startEngine(name, { width = 1280, height = 800, webgl = true, scale = 1 } = {}) {
  const options = { width, height, webgl, scale };
  switch (name) {
    case 'chromium': return startChromium(options);
    case 'firefox': return startFirefox(options);
    case 'webkit': return startWebKit(options);
    default: throw new Error(`unknown engine ${name}: one of ${ENGINES.join(', ')}`);
  }
}

// Polls in node rather than in the page: the same loop serves all three.
async function poll(engine, fn, arg, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await engine.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${engine.name}: timed out after ${timeout} ms waiting for ${fn}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function withPolling(engine) {
  engine.waitFor = (fn, arg = null, timeout = 60000) => poll(engine, fn, arg, timeout);
  return engine;
}

// ---------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------
async function startChromium({ width, height, webgl, scale }) {
  const browser = await launch(webgl ? [] : ['--disable-webgl', '--disable-webgl2']);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  return withPolling({
    name: 'chromium',
    goto: (url) => page.goto(url),
    evaluate: (fn, arg = null) => page.evaluate(fn, arg),
    click: (x, y, button = 'left') => page.mouse.click(x, y, { button }),
    press: (key) => page.keyboard.press(key),
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  });
}

// ---------------------------------------------------------------------------
// Firefox ESR
// ---------------------------------------------------------------------------
async function startFirefox({ width, height, webgl, scale }) {
  const display = await startDisplay();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false,
    env: { ...process.env, DISPLAY: display.name },
    defaultViewport: { width, height },
    extraPrefsFirefox: {
      // Xvfb has no GPU: Firefox must be told that software WebGL is fine.
      ...(webgl ? { 'webgl.force-enabled': true, 'gfx.webrender.software': true } : { 'webgl.disabled': true }),
      // A HiDPI screen, as Firefox's own setting makes one.
      'layout.css.devPixelsPerPx': String(scale),
    },
  });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  return withPolling({
    name: 'firefox',
    goto: (url) => page.goto(url),
    evaluate: (fn, arg = null) => page.evaluate(fn, arg),
    click: (x, y, button = 'left') => page.mouse.click(x, y, { button }),
    press: async (combo) => {
      const keys = combo.split('+');
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
    },
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: async () => { await browser.close(); await display.stop(); },
  });
}

// ---------------------------------------------------------------------------
// WebKitGTK
// ---------------------------------------------------------------------------
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const SELENIUM_KEYS = { Control: Key.CONTROL, Shift: Key.SHIFT, Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP };

async function startWebKit({ width, height, webgl, scale }) {
  const display = await startDisplay();
  const port = await freePort();
  // GTK draws the whole browser at GDK_SCALE, as on a HiDPI screen; the window's size stays in CSS pixels.
  const webDriver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore', env: { ...process.env, DISPLAY: display.name, GDK_SCALE: String(scale) },
  });
  const stop = async () => { webDriver.kill(); await display.stop(); };
  let driver;
  try {
    const server = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; ++tries) {
      try { if ((await fetch(`${server}/status`)).ok) break; } catch { /* not listening yet */ }
      if (tries > 100) throw new Error('WebKitWebDriver did not start (toolchains/bootstrap.sh installs webkit2gtk-driver)');
      await new Promise((done) => setTimeout(done, 100));
    }
    driver = await new Builder().usingServer(server).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', `--enable-webgl=${webgl}`] },
    }).build();
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
  } catch (e) {
    await stop();
    throw e;
  }
  return withPolling({
    name: 'webkit',
    goto: (url) => driver.get(url),
    // WebDriver's Execute Script awaits a promise the script returns.
    evaluate: (fn, arg = null) => driver.executeScript(`return (${fn})(arguments[0]);`, arg),
    click: (x, y, button = 'left') => driver.actions()
      .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
      .press(button === 'right' ? Button.RIGHT : Button.LEFT)
      .release(button === 'right' ? Button.RIGHT : Button.LEFT)
      .perform(),
    press: (combo) => {
      const keys = combo.split('+').map((key) => SELENIUM_KEYS[key] ?? key);
      let actions = driver.actions();
      for (const key of keys.slice(0, -1)) actions = actions.keyDown(key);
      actions = actions.sendKeys(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) actions = actions.keyUp(key);
      return actions.perform();
    },
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    close: async () => { await driver.quit(); await stop(); },
  });
}
