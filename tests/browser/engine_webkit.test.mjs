// The reader's main scenarios in WebKitGTK (Safari's engine) under Xvfb (support/main_scenarios.mjs).
import { mainScenarios, withoutWebGLScenario, hiDpiScenario } from './support/main_scenarios.mjs';

mainScenarios('webkit');

withoutWebGLScenario('webkit');

hiDpiScenario('webkit');
