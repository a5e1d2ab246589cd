import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import { cardApi, literalOptions } from './card-api.js';

/** The story args of a card: one per attribute (named as the attribute), the data, and the page around it. */
export interface CardArgs {
  /** The `timeline` property: a plain object, validated by the card. */
  timeline?: unknown;
  /** The page's language around the card (`lang` on a wrapper); the card follows it. */
  lang?: string;
  /** The page's direction around the card. */
  dir?: 'ltr' | 'rtl';
  /** Width of the container the card sits in, e.g. `320px`; the card fills it. */
  width?: string;
  /** Attributes and `--parley-*` custom properties, keyed by their names in custom-elements.json. */
  [name: string]: unknown;
}

/** Sets and removes attributes on an element from a record; `undefined`, `null` and `''` remove. */
class AttributesDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element.');
  }

  render(_values: Record<string, unknown>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, unknown>]) {
    const next = new Set<string>();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '' || value === false) continue;
      next.add(name);
      const text = String(value);
      if (part.element.getAttribute(name) !== text) part.element.setAttribute(name, text);
    }
    for (const name of this.#previous) if (!next.has(name)) part.element.removeAttribute(name);
    this.#previous = next;
    return nothing;
  }
}
const attributes = directive(AttributesDirective);

/** Sets custom properties from a record; unset values are removed. */
class StylesDirective extends AttributesDirective {
  override update(part: ElementPart, [values]: [Record<string, unknown>]) {
    const style = (part.element as HTMLElement).style;
    for (const { name } of cardApi.cssProperties) {
      const value = values[name];
      if (typeof value === 'string' && value) style.setProperty(name, value);
      else style.removeProperty(name);
    }
    return nothing;
  }
}
const customProperties = directive(StylesDirective);

/**
 * Renders a card from story args: every attribute the manifest lists, the `timeline` property,
 * and every `--parley-*` custom property, so each control changes the card it sits beside.
 */
export function renderCard(
  args: CardArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const attributeValues = Object.fromEntries(cardApi.attributes.map(({ name }) => [name, args[name]]));
  const card = html`<parley-timeline
    .timeline=${args.timeline}
    ${attributes(attributeValues)}
    ${customProperties(args)}
    >${content}</parley-timeline
  >`;
  return html`<div
    class="story-page"
    lang=${args.lang ?? nothing}
    dir=${args.dir ?? nothing}
    style=${args.width ? `width: ${args.width}; max-width: 100%` : nothing}
  >
    ${card}
  </div>`;
}

/**
 * Controls for every attribute and custom property, typed from custom-elements.json: a select for
 * a union of literals, a number field for a number, text otherwise, a colour picker for colours.
 */
export function cardArgTypes(): ArgTypes<CardArgs> {
  const argTypes: ArgTypes<CardArgs> = {
    timeline: {
      control: 'object',
      description: 'The `timeline` property: a plain object, validated by the card.',
    },
    lang: {
      control: 'select',
      options: [undefined, 'en', 'uk', 'ru', 'tr', 'ar'],
      description: 'The `lang` of the page around the card; the card speaks it when it has the strings.',
      table: { category: 'page' },
    },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'], table: { category: 'page' } },
    width: {
      control: 'text',
      description: 'Width of the container, e.g. `320px`.',
      table: { category: 'page' },
    },
  };
  for (const attribute of cardApi.attributes) {
    const type = attribute.type?.text ?? 'string';
    const options = literalOptions(type);
    argTypes[attribute.name] = options.length
      ? { control: 'select', options: [undefined, ...options] }
      : { control: /\bnumber\b/.test(type) ? 'number' : 'text' };
  }
  // `order` is typed by an alias the manifest does not expand.
  argTypes['order'] = { control: 'select', options: [undefined, 'oldest', 'newest'] };
  for (const { name } of cardApi.cssProperties)
    argTypes[name] = { control: /font|radius/.test(name) ? 'text' : 'color' };
  return argTypes;
}
