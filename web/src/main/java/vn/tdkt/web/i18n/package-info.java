/** The UI language (Vietnamese first, English selectable) and the translation of domain messages. */
package vn.tdkt.web.i18n;
