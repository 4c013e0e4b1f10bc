// A worker that answers each message after that many milliseconds of real time. The walk-away reset
// (kiosk-idle.js) waits with it where only time can tell that the browser dropped a navigation: a worker's
// clock is the machine's, whatever the page's own timers are doing.
onmessage = (event) => {
  const ms = Math.min(Math.max(Number(event.data) || 0, 0), 60000);
  setTimeout(() => postMessage(event.data), ms);
};
