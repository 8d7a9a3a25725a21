export { Dialog } from '../../components/Dialog';
