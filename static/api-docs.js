// Starts Swagger UI on the service's own OpenAPI document (kept out of the page: no inline script).
window.addEventListener("DOMContentLoaded", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: false });
});
