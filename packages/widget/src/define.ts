import { ParleyTimeline } from './parley-timeline.js';

ParleyTimeline.define();
