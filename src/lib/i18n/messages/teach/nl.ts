import type { AreaMessages } from '../../types';
import type en from './en';
import ui from './ui/nl';
import explain from './explain/nl';
import glossary from './glossary/nl';
import templates from './templates/nl';

export default { ...ui, ...explain, ...glossary, ...templates } satisfies AreaMessages<typeof en>;
