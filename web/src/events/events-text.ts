/** Texts of the events view that explain its counts (why the participants table and the reported count differ). */
import { featureTexts } from '../i18n.js';

export const eventsText = featureTexts(
  {
    representedOnly: '{ownRight} of them took part in their own right; {represented} only through a named person who represented them.',
    tableRows:
      'Rows in the participants table: {rows}. Of these, named people: {people}; organisations that took part in their own right: {orgs}.',
    reportedArePeople:
      'Participants reported: {reported}. These are people: {named} are named, the other {notNamed} were not recorded one by one. An organisation’s row stands for the people who came for it, and they are counted among the {reported}, so rows and participants are not the same count.',
  },
  {
    representedOnly: 'Из них от своего имени участвовали: {ownRight}; только через представлявшего их названного человека: {represented}.',
    tableRows: 'Строк в таблице участников: {rows}. Из них названных по имени людей: {people}; организаций, участвовавших от своего имени: {orgs}.',
    reportedArePeople:
      'Участников по отчёту: {reported}. Это люди: по имени названы {named}, остальные ({notNamed}) поимённо не записаны. Строка организации обозначает пришедших от неё людей, а они входят в число {reported}, поэтому число строк и число участников — разные счёты.',
  },
);
