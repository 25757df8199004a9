/*
 * Słowniczek polski – używaj tych terminów w nowych tekstach (pełna wersja: docs/translation-glossary.md).
 * Forma zwracania się: „Ty” w trybie rozkazującym („Dodaj źródło”), zaimki wielką literą („Twój projekt”).
 * Cudzysłów: „…”; liczby, procenty i waluty pochodzą z Intl – nigdy nie wpisuj ich na sztywno.
 * Liczebniki: unikaj odmiany zależnej od liczby – pisz „przebiegi: {runs}”, „węzły: {count}” zamiast „{runs} przebiegów”.
 * funnel → lejek · design → projekt · canvas → obszar roboczy · inspector → panel Właściwości
 * node → węzeł · element → element · source → źródło · stage → etap · step → krok/etap · phase → faza
 * phase band → obszar fazy · outcome → wynik (wygrana / przegrana) · edge/connection → połączenie
 * rate → współczynnik · conversion rate → współczynnik konwersji · drop-off → odpływ (odpadać)
 * lead → lead (leady, leada) · customer → klient · opportunity → szansa sprzedaży · arrivals → wejścia
 * acquisition cost → koszty pozyskania · CAC → koszt pozyskania klienta · LTV → LTV (wartość klienta w czasie)
 * churn → rezygnacje / współczynnik rezygnacji (churn) · payback period → okres zwrotu · nurturing → nurturing leadów
 * run → przebieg · seed → ziarno · scenario → scenariusz · base design → projekt bazowy · target → cel
 * horizon → horyzont · period → okres · range → zakres · milestone → kamień milowy · capacity → przepustowość
 * kanały/treści: cold outreach → zimny kontakt · trade fair → targi · case study → studium przypadku
 *   testimonial → opinia klienta · landing page → landing page · free trial → darmowy okres próbny
 */
import type { AreaMessages } from '../../types';
import type en from './en';

export default {
  'app.name': 'Funnel Lab',
  'app.tagline': 'Rysuj lejki. Symuluj wyniki.',
  'common.ok': 'OK',
  'common.cancel': 'Anuluj',
  'common.close': 'Zamknij',
  'common.save': 'Zapisz',
  'common.open': 'Otwórz',
  'common.rename': 'Zmień nazwę',
  'common.duplicate': 'Duplikuj',
  'common.delete': 'Usuń',
  'common.undo': 'Cofnij',
  'common.dismiss': 'Odrzuć',
  'common.error': 'Błąd',
  'common.warning': 'Ostrzeżenie',
  'common.loading': 'Ładowanie…',
  'common.loadFailed': 'Nie udało się wczytać tej części aplikacji: {message}',
} satisfies AreaMessages<typeof en>;
