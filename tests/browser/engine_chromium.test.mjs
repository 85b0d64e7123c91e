// The reader's main scenarios in Debian's Chromium, headless (support/main_scenarios.mjs).
import { mainScenarios, withoutWebGLScenario, hiDpiScenario } from './support/main_scenarios.mjs';

mainScenarios('chromium');

withoutWebGLScenario('chromium');

hiDpiScenario('chromium');
