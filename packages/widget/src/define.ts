// Side-effect entry: importing it registers <parley-timeline>.
import { ParleyTimeline } from './parley-timeline.js';

ParleyTimeline.define();
