/**
 * Buyer messages written from templates: one JSON file per language (bundled: en, zh-CN, ja, ko,
 * de, fr, es, pt-BR, ar, vi, th, id), ICU MessageFormat text validated on load, CLDR locale
 * handling through ICU4J (plural rules, dates, currencies, lists), the four-part reply assembled
 * per channel (email with an escaped HTML body, chat, SMS within two segments), right-to-left
 * isolation for Arabic, and the shop's own overrides. Start at
 * {@link dev.waybill.policies.message.TemplateMessageComposer} and
 * {@link dev.waybill.policies.message.MessageTemplates}.
 */
package dev.waybill.policies.message;
