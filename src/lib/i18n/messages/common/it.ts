/*
 * Glossario italiano – usa questi termini per i nuovi testi (versione completa: docs/translation-glossary.md).
 * Registro: «tu» all'imperativo («Aggiungi una sorgente»); pulsanti all'imperativo o all'infinito breve.
 * Virgolette: «…»; numeri, percentuali e valute vengono da Intl, mai scritti a mano.
 * funnel → funnel · design → progetto · canvas → area di lavoro · inspector → pannello Proprietà
 * node → nodo · element → elemento · source → sorgente · stage → fase · step → fase/passaggio
 * phase (consapevolezza, interesse…) → stadio · phase band → fascia di stadio · outcome → esito (vinto / perso)
 * edge/connection → collegamento · rate → tasso · conversion rate → tasso di conversione · drop-off → abbandono
 * lead → lead · customer → cliente · opportunity → opportunità · arrivals → arrivi · visitor → visitatore
 * acquisition cost → costi di acquisizione · CAC → costo di acquisizione cliente · LTV → LTV (valore del cliente nel tempo)
 * churn → disdette / tasso di disdetta (churn) · payback period → periodo di rientro · nurturing → lead nurturing
 * run → iterazione (iterazioni) · seed → seed · scenario → scenario · base design → progetto base · target → obiettivo
 * horizon → orizzonte · period → periodo · range → intervallo · milestone → traguardo · assumption → ipotesi
 * canali/contenuti: cold outreach → contatto a freddo · trade fair → fiera · case study → case study · white paper → white paper
 *   testimonial → testimonianza · landing page → landing page · free trial → prova gratuita
 */
import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Disegna funnel. Simula i risultati.',
  'common.ok': 'OK',
  'common.cancel': 'Annulla',
  'common.close': 'Chiudi',
  'common.save': 'Salva',
  'common.open': 'Apri',
  'common.rename': 'Rinomina',
  'common.duplicate': 'Duplica',
  'common.delete': 'Elimina',
  'common.undo': 'Annulla',
  'common.dismiss': 'Chiudi avviso',
  'common.error': 'Errore',
  'common.warning': 'Avviso',
  'common.loading': 'Caricamento…',
  'common.loadFailed': 'Impossibile caricare questa parte dell’app: {message}',
} satisfies AreaMessages<typeof en>;
