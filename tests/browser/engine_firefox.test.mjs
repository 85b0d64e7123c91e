// The reader's main scenarios in Firefox ESR under Xvfb (support/main_scenarios.mjs).
import { mainScenarios, withoutWebGLScenario, hiDpiScenario } from './support/main_scenarios.mjs';

mainScenarios('firefox');

withoutWebGLScenario('firefox');

hiDpiScenario('firefox');
