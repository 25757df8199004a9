/*
 * Glossar Deutsch – bitte für neue Texte verwenden (ausführlich: docs/translation-glossary.md).
 * Anrede: durchgehend „Sie“ (Imperativ „Geben Sie …“, Kurzbefehle im Infinitiv „Datei öffnen“).
 * Anführungszeichen: „…“; Zahlen, Prozent (12 %) und Währungen kommen aus Intl, nie fest eintippen.
 * design → Entwurf (Entwürfe) · canvas → Arbeitsfläche · inspector → Eigenschaften · theme → Design
 * node → Knoten · element → Element · source → Quelle · stage → Stufe · step → Schritt
 * outcome → Ergebnis (gewonnen / verloren) · edge/connection → Verbindung · rate → Rate
 * phase band → Phasenbereich · note → Notiz · milestone → Meilenstein
 * lead → Lead · customer → Kunde · opportunity → Verkaufschance · arrivals → Zugänge · visitor → Besucher
 * conversion rate → Konversionsrate · drop-off → Absprung (abspringen) · churn → Abwanderung(srate)
 * acquisition cost → Akquisitionskosten · CAC → Kundenakquisitionskosten · LTV → CLV (Kundenwert)
 * payback period → Amortisationsdauer · nurturing → Lead-Nurturing · hand-off → Lead-Übergabe
 * run → Durchlauf (Durchläufe) · seed → Startwert · scenario → Szenario · base design → Basisentwurf
 * target → Ziel · horizon → Zeitraum · period → Periode · delay → Verweildauer · range → Spanne
 * channels/content: cold outreach → Kaltakquise · trade fair → Messe · case study → Fallstudie
 *   testimonial → Kundenstimme · landing page → Landingpage · free trial → Kostenloser Test
 */
import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Funnels zeichnen. Ergebnisse simulieren.',
  'common.ok': 'OK',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.save': 'Speichern',
  'common.open': 'Öffnen',
  'common.rename': 'Umbenennen',
  'common.duplicate': 'Duplizieren',
  'common.delete': 'Löschen',
  'common.undo': 'Rückgängig',
  'common.dismiss': 'Ausblenden',
  'common.error': 'Fehler',
  'common.warning': 'Warnung',
  'common.loading': 'Wird geladen…',
  'common.loadFailed': 'Dieser Teil der App konnte nicht geladen werden: {message}',
} satisfies AreaMessages<typeof en>;
