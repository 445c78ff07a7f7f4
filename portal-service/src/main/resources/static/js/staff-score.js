// Progressive enhancement for the plan form: the reading score and jargon of each text box,
// updated as the worker types. The preview step shows the same scores without JavaScript.
const form = document.querySelector('form[action$="/plan/new"]')
const token = form && form.querySelector('input[name="_csrf"]')

const update = async (box) => {
  const body = new URLSearchParams({ field: box.id, text: box.value })
  if (token) body.append('_csrf', token.value)
  const response = await fetch('/staff/text-score', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'fetch' }
  })
  if (!response.ok) return
  const html = (await response.text()).trim()
  const old = document.getElementById(box.id + '-score')
  const holder = document.createElement('div')
  holder.innerHTML = html
  const fresh = holder.firstElementChild
  if (old && fresh) {
    old.replaceWith(fresh)
  } else if (old) {
    old.remove()
  } else if (fresh) {
    box.insertAdjacentElement('afterend', fresh)
  }
}

if (form) {
  form.querySelectorAll('textarea.cj-js-score').forEach((box) => {
    let timer
    box.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(() => update(box).catch(() => {}), 600)
    })
  })
}
