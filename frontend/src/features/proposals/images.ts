// A proposal's images: adding one (the file itself as the request body, with its text
// alternative) and removing one. The server scales and re-encodes what it keeps.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { proposalKeys } from "@/api/queryKeys";
import { fileBody } from "@/api/fileBody";

/** The most images a proposal has (the server refuses more with `too_many_images`). */
export const MAX_IMAGES = 5;
/** What the picker offers; the server reads the real type from the bytes. */
export const IMAGE_TYPES = "image/jpeg,image/png,image/webp";

function useRefreshProposal(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: proposalKeys.one(id) });
    void queryClient.invalidateQueries({ queryKey: proposalKeys.lists() });
  };
}

export function useUploadImage(proposalId: string) {
  const refresh = useRefreshProposal(proposalId);
  return useMutation({
    mutationFn: ({ file, alt }: { file: File; alt: string }) =>
      unwrap(
        apiClient().POST("/api/v1/proposals/{id}/images", {
          params: { path: { id: proposalId }, query: { alt } },
          ...fileBody(file),
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteImage(proposalId: string) {
  const refresh = useRefreshProposal(proposalId);
  return useMutation({
    mutationFn: (imageId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/proposals/{id}/images/{image_id}", {
          params: { path: { id: proposalId, image_id: imageId } },
        }),
      ),
    onSuccess: refresh,
  });
}
