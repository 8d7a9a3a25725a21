// Every synced table's registration, for code that merges rows without loading the services (the import worker).
import './plans/tables';
import './schedule/tables';
import './services/org-table';
import './compliance/month-close-table';
import './sync/vouch-table';
