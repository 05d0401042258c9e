import { render } from 'preact';
import '@/src/ui/styles.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
