// The reference page reads the document the server serves at /openapi: one source for the page, the
// generated clients and the contract test.
window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "none",
    defaultModelsExpandDepth: 0,
    tagsSorter: "alpha",
    persistAuthorization: false,
    validatorUrl: null // no call to a validator outside the bank
});
