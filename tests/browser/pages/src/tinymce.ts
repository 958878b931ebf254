import { expose } from './editor-page.js';

declare const tinymce: {
  init(options: Record<string, unknown>): Promise<{ getContent(options: { format: string }): string; setContent(html: string): void }[]>;
};

window.editorReady = tinymce
  .init({ selector: '#editor', base_url: '/tinymce', suffix: '.min', license_key: 'gpl', menubar: false, toolbar: 'undo redo', plugins: [], height: 260, promotion: false, branding: false })
  .then(([editor]) => {
    expose({
      modelText: () => editor!.getContent({ format: 'text' }),
      setText: (text) => editor!.setContent(text.split('\n').map((line) => `<p>${line}</p>`).join('')),
    });
  });
