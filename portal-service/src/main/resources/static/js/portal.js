// Progressive enhancement only: every page works without this file.
import { initAll } from '/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Conditional reveals under radios (data-cj-reveal="id"), like GOV.UK's but without aria-expanded,
// which ARIA does not allow on a radio. Without this file every revealed part is simply shown.
const revealers = () => document.querySelectorAll('input[data-cj-reveal]')
const syncReveals = () => revealers().forEach((input) => {
  const target = document.getElementById(input.dataset.cjReveal)
  if (target) {
    target.classList.toggle('govuk-radios__conditional--hidden', !input.checked)
  }
})
revealers().forEach((input) => input.setAttribute('aria-controls', input.dataset.cjReveal))
document.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'radio') {
    syncReveals()
  }
})
window.addEventListener('pageshow', syncReveals)
syncReveals()

// Quick exit: replace this page in the history so the back button does not return to it.
document.querySelectorAll('.cj-js-quick-exit').forEach((link) => {
  link.addEventListener('click', (event) => {
    event.preventDefault()
    event.stopImmediatePropagation()
    document.body.replaceChildren()
    document.title = '…'
    window.location.replace(link.href)
  }, true)
})

// Session warning (WCAG 2.2.1): a dialog two minutes before the session ends, to stay signed in.
const notice = document.getElementById('session-notice')
const dialog = document.getElementById('session-dialog')
if (notice && dialog && typeof dialog.showModal === 'function') {
  const extendForm = notice.querySelector('.cj-js-session-extend')
  let timer

  const schedule = (seconds) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (!dialog.open) {
        dialog.showModal()
        dialog.querySelector('.cj-js-session-stay').focus()
      }
    }, seconds * 1000)
  }

  const extend = async () => {
    const response = await fetch(extendForm.action, {
      method: 'POST',
      body: new FormData(extendForm),
      headers: { 'X-Requested-With': 'fetch' },
      credentials: 'same-origin'
    })
    if (response.ok) {
      dialog.close()
      schedule(Number(notice.dataset.warnAfter))
    } else {
      window.location.reload()
    }
  }

  dialog.querySelector('.cj-js-session-stay').addEventListener('click', extend)
  extendForm.addEventListener('submit', (event) => {
    event.preventDefault()
    extend()
  })
  schedule(Number(notice.dataset.warnAfter))
}
