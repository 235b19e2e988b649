// Settings read by the web app at start. Leave apiOrigin empty when the API is served from the
// same origin as the app (the default); otherwise give its origin, e.g. "https://api.example.go.th".
window.__SALA_CONFIG__ = { apiOrigin: "" };
