/*
 * The lesson player's step dots: one button per step, drawn in the browser from the element's attributes, so
 * that the server keeps one element for the whole row instead of one per step (it sits in every student
 * session; docs/performance.md). The server sets:
 *   data-labels    the steps' accessible names, one per line ("Step 1: Read", ...)
 *   data-current   the number of the step on screen (1-based)
 *   data-done      the numbers of the steps done (read through, or answer submitted), separated by spaces
 * and listens for the "step-pick" event, whose detail is the number of the step the student chose.
 */
(function () {
  if (window.customElements.get('colloquy-step-dots')) {
    return;
  }

  class StepDots extends HTMLElement {
    static get observedAttributes() {
      return ['data-labels', 'data-current', 'data-done'];
    }

    constructor() {
      super();
      this.addEventListener('click', function (event) {
        const dot = event.target.closest('button[data-step]');
        if (dot && this.contains(dot)) {
          this.dispatchEvent(new CustomEvent('step-pick', { detail: Number(dot.dataset.step) }));
        }
      });
    }

    connectedCallback() {
      this.render();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.render();
      }
    }

    render() {
      const labels = (this.dataset.labels || '').split('\n').filter(function (label) { return label; });
      const current = Number(this.dataset.current || 0);
      const done = new Set((this.dataset.done || '').split(' ').filter(Boolean).map(Number));
      const focused = this.contains(document.activeElement) ? Number(document.activeElement.dataset.step) : 0;
      const dots = labels.map(function (label, index) {
        const number = index + 1;
        const dot = document.createElement('button');
        dot.type = 'button';
        dot.dataset.step = String(number);
        dot.setAttribute('aria-label', label);
        if (number === current) {
          dot.setAttribute('aria-current', 'step');
        }
        if (done.has(number)) {
          dot.classList.add('done');
        }
        return dot;
      });
      this.replaceChildren.apply(this, dots);
      if (focused && dots[focused - 1]) {
        dots[focused - 1].focus();
      }
    }
  }

  window.customElements.define('colloquy-step-dots', StepDots);
})();
