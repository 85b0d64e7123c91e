// The reader's main scenarios in Firefox ESR under Xvfb (support/main_scenarios.mjs).
import { mainScenarios } from './support/main_scenarios.mjs';

mainScenarios('firefox');
