// Renderer entry: the whole UI talks to the main process only through window.assay.
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import './styles/tokens.css';
import './styles/base.css';

createRoot(document.getElementById('root')!).render(<App />);
