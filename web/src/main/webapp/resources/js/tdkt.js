// People who ask their system for less motion (an accessibility setting, WCAG 2.3.3) get menus, panels and dialogs
// that open and close at once. PrimeFaces reads the preference but does not act on it by itself.
document.addEventListener('DOMContentLoaded', function () {
  if (window.PrimeFaces && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    PrimeFaces.utils.disableAnimations();
  }
});
