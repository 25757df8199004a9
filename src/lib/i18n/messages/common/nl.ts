/*
 * Woordenlijst Nederlands – gebruik deze termen voor nieuwe teksten (uitgebreid: docs/translation-glossary.md).
 * Aanspreekvorm: overal "je/jouw" (informeel, gebruikelijk in Nederlandse software); knoppen in de infinitief ("Bestand openen").
 * Aanhalingstekens: “…” (apostrof ’ in scenario’s, MQL’s); getallen, procenten en valuta komen uit Intl, nooit vast intypen.
 * funnel → trechter (marketingtrechter, verkooptrechter; productnaam Funnel Lab blijft) · design → ontwerp
 * canvas → canvas · inspector → Eigenschappen · node → knooppunt · element → element
 * source → bron · stage → stap · step → stap · phase → fase · phase band → fasegebied · outcome → uitkomst
 * edge/connection → verbinding · rate → percentage · conversion rate → conversieratio · drop-off → uitval (afhaken)
 * lead → lead · customer → klant · opportunity → verkoopkans · arrivals → instroom (binnenkomers) · visitor → bezoeker
 * acquisition cost → acquisitiekosten · CAC → klantacquisitiekosten · LTV → CLV (klantwaarde) · churn → churn
 * payback period → terugverdientijd · nurturing → leadnurturing · hand-off → leadoverdracht · pipeline → pijplijn
 * run → run (runs) · seed → seed · scenario → scenario (scenario’s) · base design → basisontwerp · target → doel
 * horizon → horizon · period → periode · range → bereik · milestone → mijlpaal · drivers → invloedsfactoren
 * channels/content: cold outreach → koude acquisitie · trade fair → beurs · case study → klantcase
 *   testimonial → klantgetuigenis · landing page → landingspagina · free trial → gratis proefperiode
 */
import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Teken trechters. Simuleer resultaten.',
  'common.ok': 'OK',
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.open': 'Openen',
  'common.rename': 'Naam wijzigen',
  'common.duplicate': 'Dupliceren',
  'common.delete': 'Verwijderen',
  'common.undo': 'Ongedaan maken',
  'common.dismiss': 'Sluiten',
  'common.error': 'Fout',
  'common.warning': 'Waarschuwing',
  'common.loading': 'Laden…',
  'common.loadFailed': 'Dit deel van de app kon niet worden geladen: {message}',
} satisfies AreaMessages<typeof en>;
