import type { AreaMessages } from '../../types';
import type en from './en';
import ui from './ui/it';
import explain from './explain/it';
import glossary from './glossary/it';
import templates from './templates/it';

export default { ...ui, ...explain, ...glossary, ...templates } satisfies AreaMessages<typeof en>;
