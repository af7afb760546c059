package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.client.ApiClient;
import com.servicedesk.client.ApiException;
import com.servicedesk.client.api.ComplaintsApi;
import com.servicedesk.client.api.CustomersApi;
import com.servicedesk.client.api.MeApi;
import com.servicedesk.client.model.ComplaintAction;
import com.servicedesk.client.model.ComplaintStatus;
import com.servicedesk.client.model.ComplaintTransitionRequest;
import com.servicedesk.client.model.ComplaintView;
import com.servicedesk.client.model.ContactChannel;
import com.servicedesk.client.model.CustomerResponse;
import com.servicedesk.client.model.CustomerView;
import com.servicedesk.client.model.MoneyRequest;
import com.servicedesk.client.model.NewComplaint;
import com.servicedesk.client.model.NewCustomer;
import com.servicedesk.client.model.Problem;
import com.servicedesk.client.model.RemedyRequest;
import com.servicedesk.client.model.RemedyType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as an integrator meets it: only the Java client openapi-generator made from the served
 * document (ApiContractIT keeps the two equal), nothing hand-written, takes a customer and a
 * complaint from registration to closed and reads a refused transition's problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(context.getProtocol() + "://" + context.getHost() + ":" + context.getPort());
        String credentials = Base64.getEncoder().encodeToString((user + ":" + com.servicedesk.it.ApiClient.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    @Test
    void aGeneratedClientTakesAComplaintFromIntakeToClosed() throws Exception {
        ApiClient agent = client("agent");
        assertEquals("agent", new MeApi(agent).getMe().getUsername());

        CustomerView customer = new CustomersApi(agent).registerCustomer(new NewCustomer().name("接口测试客户")
                .idNumber(IdNumbers.fresh()).phone("13911116666"), UUID.randomUUID().toString());
        assertNotNull(customer.getId());

        ComplaintsApi complaints = new ComplaintsApi(agent);
        ComplaintView received = complaints.registerComplaint(new NewComplaint().customerId(customer.getId())
                .channel("PHONE").businessCategory("B0302").cause("C1101").description("信用卡年费被重复扣收，要求退还。"),
                UUID.randomUUID().toString());
        assertEquals(ComplaintStatus.RECEIVED, received.getStatus());
        assertTrue(received.getAllowedActions().contains(ComplaintAction.ACCEPT), String.valueOf(received.getAllowedActions()));
        long id = received.getId();

        complaints.transitionComplaint(id, action(ComplaintAction.ACCEPT), null);
        ComplaintView investigating = complaints.transitionComplaint(id, action(ComplaintAction.START_INVESTIGATION),
                "\"" + complaints.getComplaintWithHttpInfo(id).getData().getVersion() + "\"");
        complaints.transitionComplaint(id, action(ComplaintAction.PROPOSE_RESOLUTION).resolution("经核实重复扣收，全额退还。")
                .rootCause("年费批扣任务重复执行").remedy(new RemedyRequest().type(RemedyType.REFUND)
                        .amount(new MoneyRequest().amount("300.00").currency("CNY"))), null);
        new ComplaintsApi(client("supervisor")).transitionComplaint(id, action(ComplaintAction.RESPOND)
                .channel(ContactChannel.PHONE), null);
        complaints.transitionComplaint(id, action(ComplaintAction.RECORD_REMEDY), null);
        ComplaintView closed = complaints.transitionComplaint(id, action(ComplaintAction.CLOSE)
                .customerResponse(CustomerResponse.ACCEPTED), null);
        assertEquals(ComplaintStatus.CLOSED, closed.getStatus());
        assertEquals(CustomerResponse.ACCEPTED, closed.getCustomerResponse());
        assertTrue(closed.getVersion() > investigating.getVersion());

        ApiException refused = assertThrows(ApiException.class,
                () -> complaints.transitionComplaint(id, action(ComplaintAction.ACCEPT), null));
        assertEquals(409, refused.getCode());
        Problem problem = agent.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(409, problem.getStatus());
        assertTrue(problem.getType().startsWith("urn:servicedesk:problem:"), problem.getType());
        assertTrue(problem.getAllowedActions() != null && !problem.getAllowedActions().contains("ACCEPT"),
                "the problem names what a closed complaint allows: " + problem.getAllowedActions());

        ApiException stale = assertThrows(ApiException.class,
                () -> complaints.transitionComplaint(id, action(ComplaintAction.REOPEN).reason("客户反映退款未到账"), "\"1\""));
        assertEquals(412, stale.getCode(), "a stale If-Match");
    }

    private static ComplaintTransitionRequest action(ComplaintAction action) {
        return new ComplaintTransitionRequest().action(action);
    }
}
